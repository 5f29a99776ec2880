# Jupyter notebook server of bob: on the server's address (the firewall keeps terminals away), behind nginx's /8889/.
c.NotebookApp.ip = "198.18.50.10"
c.NotebookApp.port = 8889
c.NotebookApp.port_retries = 0
c.NotebookApp.base_url = "/8889/"
c.NotebookApp.open_browser = False
c.NotebookApp.allow_remote_access = True
c.NotebookApp.notebook_dir = "/home/bob"
c.NotebookApp.token = open("/etc/jupyter/bob.token").read().strip()
c.NotebookApp.password = ""
