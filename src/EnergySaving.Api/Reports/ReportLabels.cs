namespace EnergySaving.Api.Reports;

/// <summary>Vietnamese labels of the API's codes, for the Word report and the spreadsheet.</summary>
public static class ReportLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["conference"] = "Hội nghị", ["workshop"] = "Hội thảo", ["training"] = "Tập huấn", ["exhibition"] = "Triển lãm", ["other"] = "Khác",
        ["energy-efficiency"] = "Tiết kiệm năng lượng", ["cleaner-production"] = "Sản xuất sạch hơn", ["electrical-safety"] = "An toàn điện",
        ["energy-audit"] = "Kiểm toán năng lượng", ["equipment"] = "Máy móc thiết bị tiên tiến", ["demonstration-model"] = "Mô hình trình diễn",
        ["consulting"] = "Tư vấn",
        ["national"] = "Khuyến công quốc gia", ["local"] = "Khuyến công địa phương",
        ["proposed"] = "Đề xuất", ["approved"] = "Đã phê duyệt", ["implemented"] = "Đã thực hiện", ["accepted"] = "Đã nghiệm thu",
        ["settled"] = "Đã quyết toán", ["cancelled"] = "Đã huỷ",
        ["verified"] = "Đã kiểm chứng", ["insufficient-data"] = "Chưa đủ số liệu", ["not-implemented"] = "Chưa thực hiện",
        ["industry"] = "Công nghiệp", ["agriculture"] = "Nông nghiệp", ["transport"] = "Giao thông vận tải", ["building"] = "Công trình xây dựng",
        ["energy-manager"] = "Người quản lý năng lượng", ["energy-auditor"] = "Kiểm toán viên năng lượng", ["awareness"] = "Nâng cao nhận thức",
        ["electricity"] = "Điện", ["coke"] = "Than cốc", ["diesel"] = "Dầu DO", ["fuel-oil"] = "Dầu FO", ["lpg"] = "LPG",
        ["natural-gas"] = "Khí tự nhiên", ["gasoline"] = "Xăng", ["jet-fuel"] = "Nhiên liệu phản lực",
        ["coal-fines-1-2"] = "Than cám loại 1, 2", ["coal-fines-3-4"] = "Than cám loại 3, 4", ["coal-fines-5-6"] = "Than cám loại 5, 6",
    };

    public static string Vi(string? code) => code is null ? "" : Labels.TryGetValue(code, out var label) ? label : code;
}
