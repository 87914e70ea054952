FROM nginx:1.27
ENTRYPOINT ["/docker-entrypoint.sh"]
ENTRYPOINT ["nginx"]
