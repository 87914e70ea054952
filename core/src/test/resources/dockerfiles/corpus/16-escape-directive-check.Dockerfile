# syntax=docker/dockerfile:1.9
# check=skip=JSONArgsRecommended;error=true
# escape=\

# this comment is not a directive: escape=`
FROM alpine
RUN echo a \
  b
