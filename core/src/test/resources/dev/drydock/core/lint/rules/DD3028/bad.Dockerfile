FROM ruby:3.3-slim
RUN gem install bundler:2.5.18 rails \
    --no-document puma
