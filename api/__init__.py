"""The JSON API for machines: one router per resource; the dependencies it shares with the screen are in web/deps.py."""
