FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm config set fund false && npm config set update-notifier false
RUN npm config set audit false && npm ci --omit=dev
CMD ["node", "index.js"]
