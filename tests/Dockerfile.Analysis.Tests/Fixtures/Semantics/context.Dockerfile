FROM node:20-alpine
ARG SRC=src
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY --exclude=*.test.js $SRC/ ./src/
COPY ["README.md", "./"]
ADD docs /docs
