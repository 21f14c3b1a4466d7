FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/web/package.json ./apps/web/
COPY packages/core/package.json ./packages/core/
COPY packages/ui/package.json ./packages/ui/
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/index.js"]
