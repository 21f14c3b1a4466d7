FROM node:22
COPY . /app
CMD ["node", "/app/dist/server.js"]
