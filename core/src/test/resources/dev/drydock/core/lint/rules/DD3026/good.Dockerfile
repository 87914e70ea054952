FROM node:22.11
