FROM node:22.11
ENTRYPOINT ["node", "server.js", "--port", "8080"]
CMD ["/bin/sh", "-c", "node server.js > /var/log/app.log"]
