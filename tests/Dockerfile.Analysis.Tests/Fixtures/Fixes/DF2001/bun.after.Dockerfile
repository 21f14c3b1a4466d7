FROM oven/bun:1
WORKDIR /usr/src/app
ENV NODE_ENV=production
COPY package.json bun.lock ./
RUN bun install --frozen-lockfile --production
COPY . .
USER bun
ENTRYPOINT ["bun", "run", "index.ts"]
