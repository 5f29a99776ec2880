using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

/// <summary>The VLAN an Access-Accept assigns, read from eapol_test's dump of the reply, relative to the room VLAN 110 ("security-room").</summary>
public sealed class VlanAssignmentTests
{
    private const string Request = """
        RADIUS message: code=1 (Access-Request) identifier=4 length=200
           Attribute 1 (User-Name) length=9
              Value: 'infra01'
           Attribute 81 (Tunnel-Private-Group-Id) length=5
              Value: 313130
        """;

    private const string Vlan13 = "   Attribute 64 (Tunnel-Type) length=6\n      Value: 0000000d\n   Attribute 65 (Tunnel-Medium-Type) length=6\n      Value: 00000006\n";

    private static (VlanPlacement Placement, string Why) Placed(string attributes, string? roomName = "security-room")
    {
        var output = $"{Request}\nReceived RADIUS message\nRADIUS message: code=2 (Access-Accept) identifier=4 length=186\n   Attribute 26 (Vendor-Specific) length=58\n      Value: 0000013711\n   Attribute 1 (User-Name) length=9\n      Value: 'guest01'\n{attributes}EAPOL: SUPP_BE entering state SUCCESS\nSUCCESS\n";
        var result = EapTlsProbe.Classify(output, 0);
        Assert.That(result.Class, Is.EqualTo(EapTlsClass.Accept));
        return result.Vlan.Relative("110", roomName);
    }

    private static string Group(string hex) => $"   Attribute 81 (Tunnel-Private-Group-Id) length={(hex.Length / 2) + 2}\n      Value: {hex}\n";

    private static string Hex(string text) => Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(text)).ToLowerInvariant();

    [Test]
    public void The_room_number_is_the_room() => Assert.That(Placed(Vlan13 + Group(Hex("110"))).Placement, Is.EqualTo(VlanPlacement.Room));

    [Test]
    public void The_room_number_padded_with_zeros_is_the_room()
    {
        var placed = Placed(Vlan13 + Group(Hex("0110")));
        Assert.That(placed.Placement, Is.EqualTo(VlanPlacement.Room));
        Assert.That(placed.Why, Does.Contain("leading zeros"));
    }

    [Test]
    public void The_room_name_in_any_case_is_the_room() => Assert.That(Placed(Vlan13 + Group(Hex("Security-Room"))).Placement, Is.EqualTo(VlanPlacement.Room));

    [Test]
    public void A_tag_octet_before_the_value_is_not_part_of_the_vlan() =>
        Assert.That(Placed("   Attribute 64 (Tunnel-Type) length=6\n      Value: 0100000d\n   Attribute 65 (Tunnel-Medium-Type) length=6\n      Value: 01000006\n" + Group("01" + Hex("110"))).Placement, Is.EqualTo(VlanPlacement.Room));

    [Test]
    public void An_accept_without_a_vlan_leaves_the_port_in_its_own_vlan() => Assert.That(Placed("").Placement, Is.EqualTo(VlanPlacement.PortDefault));

    [Test]
    public void The_request_s_attributes_are_not_read_as_the_reply_s() =>
        Assert.That(Placed("   Attribute 27 (Session-Timeout) length=6\n      Value: 3600\n").Placement, Is.EqualTo(VlanPlacement.PortDefault));

    [TestCase("0000000c", "00000006")]
    [TestCase("0000000d", "00000001")]
    [TestCase(null, "00000006")]
    [TestCase("0000000d", null)]
    public void A_group_id_without_the_vlan_tunnel_type_and_ieee_802_medium_is_ignored_by_the_switch(string? type, string? medium)
    {
        var attributes = (type is null ? "" : $"   Attribute 64 (Tunnel-Type) length=6\n      Value: {type}\n")
            + (medium is null ? "" : $"   Attribute 65 (Tunnel-Medium-Type) length=6\n      Value: {medium}\n") + Group(Hex("120"));
        Assert.That(Placed(attributes).Placement, Is.EqualTo(VlanPlacement.PortDefault));
    }

    [TestCase("120")]
    [TestCase("0120")]
    [TestCase("guests")]
    public void Another_number_or_name_is_another_vlan(string value) => Assert.That(Placed(Vlan13 + Group(Hex(value))).Placement, Is.EqualTo(VlanPlacement.Other));

    [TestCase("110 ")]
    [TestCase("0")]
    [TestCase("4095")]
    [TestCase("99999")]
    public void A_value_a_switch_may_read_either_way_is_unclear(string value) => Assert.That(Placed(Vlan13 + Group(Hex(value))).Placement, Is.EqualTo(VlanPlacement.Unclear));

    [Test]
    public void A_name_without_the_room_s_name_in_the_expected_state_is_unclear() =>
        Assert.That(Placed(Vlan13 + Group(Hex("guests")), roomName: null).Placement, Is.EqualTo(VlanPlacement.Unclear));

    [Test]
    public void Of_two_assignments_the_room_wins() =>
        Assert.That(Placed(Vlan13 + Group(Hex("120")) + "   Attribute 56 (?Unknown?) length=6\n      Value: 3100006e\n").Placement, Is.EqualTo(VlanPlacement.Room));

    [Test]
    public void An_egress_vlan_eapol_test_cannot_print_is_unclear() =>
        Assert.That(Placed(Vlan13 + Group(Hex("120")) + "   Attribute 58 (?Unknown?) length=14\n").Placement, Is.EqualTo(VlanPlacement.Unclear));

    [Test]
    public void Evidence_leaves_out_the_vendor_specific_key_values()
    {
        var result = EapTlsProbe.Classify($"RADIUS message: code=2 (Access-Accept) identifier=4 length=186\n   Attribute 26 (Vendor-Specific) length=58\n      Value: 00000137113485f79e\n{Vlan13}{Group(Hex("110"))}SUCCESS\n", 0);
        Assert.That(result.Raw, Does.Not.Contain("00000137113485f79e").And.Contain("Attribute 26").And.Contain("313130"));
    }
}
