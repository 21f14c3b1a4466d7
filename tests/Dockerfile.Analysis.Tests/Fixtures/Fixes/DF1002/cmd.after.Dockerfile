FROM node:22
WORKDIR /app
# start the server
CMD ["node", "server.js", "--port=8080"]
