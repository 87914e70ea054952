FROM nginx:1.27
ENTRYPOINT ["nginx"]
