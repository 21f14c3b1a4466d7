FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN <<EOF
set -e
npm ci --omit=dev
npm cache clean --force
EOF
COPY . .
CMD ["node", "index.js"]
