FROM node:22-slim
WORKDIR /app
COPY . .
RUN <<EOF
npm ci
npm run build
EOF
