FROM python:3.12-slim
RUN pip install --no-cache-dir requests==2.32.3
RUN python3 -m pip install --no-cache-dir \
    --upgrade pip==24.2
