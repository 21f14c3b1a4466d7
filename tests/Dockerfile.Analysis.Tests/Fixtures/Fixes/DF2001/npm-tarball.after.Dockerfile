FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor/vendored-1.0.0.tgz ./vendor/
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/index.js"]
