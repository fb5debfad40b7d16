"""Review: supervisors' states and comments on interviews, and the retention rules after them."""
