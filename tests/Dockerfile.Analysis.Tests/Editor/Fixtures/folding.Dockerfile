# Build stage
# compiles the app
# (third comment line)

# a lone comment
FROM node:20 AS build
WORKDIR /app
RUN npm ci \
    --no-audit \
    # a comment inside the continuation
    --no-fund
COPY . .
RUN npm run build
FROM nginx:alpine
COPY --from=build /app/dist /usr/share/nginx/html
# trailing
# comments$$
