"""The clerk's review screen: login, the queue, the order page, messages with problems."""
