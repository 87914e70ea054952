FROM python:3.12-slim
COPY requirements.txt dist/ /src/
RUN pip install --no-cache-dir -r /src/requirements.txt \
    "requests>=2.32,<3" flask==3.0.3 /src/tool-1.0-py3-none-any.whl \
    "mylib @ https://example.org/mylib-1.0.tar.gz" ./
