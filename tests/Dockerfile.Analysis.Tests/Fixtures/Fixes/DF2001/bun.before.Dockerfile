FROM oven/bun:1
WORKDIR /usr/src/app
COPY . .
ENV NODE_ENV=production
RUN bun install --frozen-lockfile --production
USER bun
ENTRYPOINT ["bun", "run", "index.ts"]
