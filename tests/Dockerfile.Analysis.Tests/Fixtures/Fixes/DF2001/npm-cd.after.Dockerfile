FROM node:22-slim
WORKDIR /app
COPY frontend/package-lock.json frontend/package.json ./frontend/
RUN cd frontend && npm ci
COPY . .
RUN cd frontend && npm run build
