FROM alpine:3.20
VOLUME /var/lib/app/data ["/srv/www"]
VOLUME /etc-backup /var/run-app
