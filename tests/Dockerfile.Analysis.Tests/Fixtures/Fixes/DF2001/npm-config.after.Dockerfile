FROM node:22-slim
WORKDIR /app
RUN npm config set fund false && npm config set update-notifier false
COPY package.json package-lock.json ./
RUN npm config set audit false && npm ci --omit=dev
COPY . .
CMD ["node", "index.js"]
