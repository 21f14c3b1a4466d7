FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
COPY packages/a/package.json ./packages/a/
COPY packages/group/b/package.json ./packages/group/b/
RUN yarn install --frozen-lockfile
COPY . .
RUN npm run build
CMD ["node", "dist/index.js"]
