FROM node:22-slim
WORKDIR /app
COPY . .
RUN yarn install --immutable
RUN yarn build
CMD ["node", "dist/index.js"]
