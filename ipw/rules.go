package ipw

// checkPlans runs the ipw.* rules over every plan of the bundle.
func (c *check) checkPlans() {
}
