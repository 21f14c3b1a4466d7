FROM node:22-slim
WORKDIR /app
COPY . .
RUN cd frontend && npm ci
RUN cd frontend && npm run build
