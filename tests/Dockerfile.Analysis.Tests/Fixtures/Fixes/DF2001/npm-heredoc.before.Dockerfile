FROM node:22-slim
WORKDIR /app
COPY . .
RUN <<EOF
set -e
npm ci --omit=dev
npm cache clean --force
EOF
CMD ["node", "index.js"]
