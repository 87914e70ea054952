FROM alpine:3.20
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin \
    APP_LIB=${APP_HOME}/lib
