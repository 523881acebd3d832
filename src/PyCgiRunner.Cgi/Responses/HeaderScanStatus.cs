namespace PyCgiRunner.Cgi.Responses;

public enum HeaderScanStatus
{
    NeedMoreData,
    Complete,
    Failed,
}
