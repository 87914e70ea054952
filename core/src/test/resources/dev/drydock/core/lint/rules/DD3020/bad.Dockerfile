FROM alpine:3.20
ADD app.conf /etc/app/
add --chown=app:app static/ /srv/static/
