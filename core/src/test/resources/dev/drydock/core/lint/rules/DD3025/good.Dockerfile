FROM node:22.11
ENTRYPOINT ["node", "server.js"]
CMD ["--port", "8080"]
