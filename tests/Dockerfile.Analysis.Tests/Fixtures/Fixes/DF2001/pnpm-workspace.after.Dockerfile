FROM node:22-slim
RUN corepack enable
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/web/package.json ./apps/web/
COPY libs/util/package.json ./libs/util/
COPY patches/left-pad@1.3.0.patch ./patches/
RUN pnpm install --frozen-lockfile
COPY . .
RUN npm run build
CMD ["node", "dist/index.js"]
