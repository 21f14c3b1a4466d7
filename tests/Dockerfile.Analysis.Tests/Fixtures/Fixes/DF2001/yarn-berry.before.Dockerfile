FROM node:22-alpine
WORKDIR /app
RUN corepack enable
COPY . .
# .yarnrc.yml is optional: without a build context the fix copies package.json and yarn.lock only
RUN yarn install --immutable
CMD ["node", "index.js"]
