FROM alpine:3.20
COPY app.conf /etc/app/
copy --chown=app:app static/ /srv/static/
