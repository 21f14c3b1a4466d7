FROM node:22-slim
WORKDIR /app
COPY . .
RUN yarn install --immutable
RUN npm run build
CMD ["node", "dist/index.js"]
