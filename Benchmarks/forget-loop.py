"""One client looping create-then-/forget on POST /v1/messages for DURATION seconds over one keep-alive
connection; prints how many erasures it completed. Usage: forget-loop.py PORT DURATION ID"""
import http.client
import json
import sys
import time

port, duration, ident = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
headers = {"Content-Type": "application/json"}
erased = 0
deadline = time.monotonic() + duration
while time.monotonic() < deadline:
    user = "forget-%s-%d" % (ident, erased)
    for text in ("hi", "/forget"):
        connection.request("POST", "/v1/messages", json.dumps({"user": user, "text": text}), headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            sys.exit("unexpected status %d" % response.status)
    erased += 1
print(erased)
