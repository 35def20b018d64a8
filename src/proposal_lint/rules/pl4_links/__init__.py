"""PL4xx, links: upstream issues, LFX URLs and what the network says of them."""
