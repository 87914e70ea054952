FROM nginx:1.27
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
HEALTHCHECK --interval=5s \
  CMD ["wget", "-q", "-O-", "http://localhost/"]
