FROM node:22-alpine
WORKDIR /app
RUN corepack enable
COPY . .
# .yarnrc.yml is read when present: the build context holds it, so the fix copies it
RUN yarn install --immutable
CMD ["node", "index.js"]
