FROM nginx:1.27
cmd ["nginx", "-T"]
