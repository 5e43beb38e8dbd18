package prematureinterface

import "testing"

// The concrete type is as easy to test with as any fake.
func TestInvoiceTotal(t *testing.T) {
	inv := Invoice{Net: 10000, Tax: FlatTax{Percent: 20}}
	if got := inv.Total(); got != 12000 {
		t.Errorf("Total = %d, want 12000", got)
	}
}

// An amount that does not divide by 100: the tax is 199.8 cents, truncated
// to 199. Dividing before multiplying would give 180.
func TestInvoiceTotalTruncates(t *testing.T) {
	inv := Invoice{Net: 999, Tax: FlatTax{Percent: 20}}
	if got := inv.Total(); got != 1198 {
		t.Errorf("Total = %d, want 1198", got)
	}
}
