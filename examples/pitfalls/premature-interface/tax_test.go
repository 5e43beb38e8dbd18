package prematureinterface

import "testing"

// The concrete type is as easy to test with as any fake.
func TestInvoiceTotal(t *testing.T) {
	inv := Invoice{Net: 10000, Tax: FlatTax{Percent: 20}}
	if got := inv.Total(); got != 12000 {
		t.Errorf("Total = %d, want 12000", got)
	}
}
