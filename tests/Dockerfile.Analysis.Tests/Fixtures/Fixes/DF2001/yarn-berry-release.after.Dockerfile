FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml .pnp.cjs .pnp.loader.mjs ./
COPY .yarn/plugins/ ./.yarn/plugins/
COPY .yarn/releases/ ./.yarn/releases/
RUN yarn install --immutable
COPY . .
RUN yarn build
CMD ["node", "dist/index.js"]
