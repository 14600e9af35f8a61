"""Live games over the network: the protocol, the authoritative host, and the client."""
