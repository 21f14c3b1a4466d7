FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --ignore-scripts
RUN npm run build
CMD ["node", "dist/index.js"]
