FROM ruby:3.3-slim
RUN gem install bundler:2.5.18 rails:7.1.3 --no-document \
    && gem install puma -v 6.4.2 \
    && gem install /tmp/tool-1.0.gem
