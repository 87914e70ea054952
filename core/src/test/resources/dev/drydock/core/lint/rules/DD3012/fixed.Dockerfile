FROM nginx:1.27
HEALTHCHECK --interval=5s \
  CMD ["wget", "-q", "-O-", "http://localhost/"]
